import { useEffect, useState } from 'react';
import type { Preferences } from '../../../common/api/types';
import { callApi } from '../api';

/**
 * A vault preference as the text of a form field: read from main once, then edited. `loaded`
 * stays false until it arrives, so a save can never send an empty field over the stored value.
 */
export function usePreferenceField(toText: (preferences: Preferences) => string, setError: (message: string | null) => void) {
  const [text, setText] = useState('');
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let current = true;
    void callApi((api) => api.getPreferences({})).then((result) => {
      if (!current) return;
      if (result.ok) {
        setText(toText(result.value));
        setLoaded(true);
      } else {
        setError(result.error.message);
      }
    });
    return () => {
      current = false;
    };
    // Read once, when the form appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return { text, setText, loaded };
}
