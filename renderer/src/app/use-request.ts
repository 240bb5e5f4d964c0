import { useEffect, useEffectEvent, useRef } from 'react';

// A parent asks a child to do something once per click (the main nav's Drafts asking an open
// draft to save and close, say) by counting the clicks: the child runs `run` each time the count
// moves on after it mounted, never for the count it was mounted with.

export function useRequest(request: number | undefined, run: () => void): void {
  const handled = useRef(request);
  const onRequest = useEffectEvent(run);
  useEffect(() => {
    if (request === handled.current) return;
    handled.current = request;
    onRequest();
  }, [request]);
}
