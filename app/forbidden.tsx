import Link from 'next/link';

export default function Forbidden() {
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col items-center justify-center gap-4 p-6 text-center">
      <p className="text-sm font-semibold text-red-700">403 · Forbidden</p>
      <h1 className="text-2xl font-semibold">This area is for platform operators</h1>
      <p className="text-slate-600">Your account does not have access to this page. Ask a platform administrator if you need it.</p>
      <Link href="/dashboard" className="text-brand-600 underline">
        Back to your dashboard
      </Link>
    </main>
  );
}
