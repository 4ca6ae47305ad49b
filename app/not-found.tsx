import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col items-center justify-center gap-4 p-6 text-center">
      <p className="text-sm font-semibold text-slate-500">404 · Not found</p>
      <h1 className="text-2xl font-semibold">We could not find that page</h1>
      <Link href="/dashboard" className="text-brand-600 underline">
        Back to your dashboard
      </Link>
    </main>
  );
}
