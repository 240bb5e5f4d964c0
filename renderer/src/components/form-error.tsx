/** A failure the user must see (usually main's `error.message`), announced at once; nothing when empty. */
export function FormError({ message }: { message: string | null | undefined }) {
  return message ? (
    <p role="alert" className="form-error">
      {message}
    </p>
  ) : null;
}
