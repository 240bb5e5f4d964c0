import type { Ref } from 'react';

// A file input nobody sees or tabs to: a visible button opens it (`ref.current?.click()`) and
// carries the label and the busy state. Cleared after each pick so the same file can be picked
// again.

interface HiddenFileInputProps {
  ref: Ref<HTMLInputElement>;
  accept?: string | undefined;
  onFile: (file: File) => void;
}

export function HiddenFileInput({ ref, accept, onFile }: HiddenFileInputProps) {
  return (
    <input
      ref={ref}
      type="file"
      accept={accept}
      className="visually-hidden"
      tabIndex={-1}
      aria-hidden="true"
      onChange={(event) => {
        const file = event.target.files?.[0];
        event.target.value = '';
        if (file) onFile(file);
      }}
    />
  );
}
