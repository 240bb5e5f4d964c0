export function LoadingScreen() {
  return (
    <main className="card-screen">
      <p role="status" className="loading">
        Opening Shieldnote…
      </p>
    </main>
  );
}
