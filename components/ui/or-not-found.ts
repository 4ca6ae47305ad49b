import 'server-only';
import { notFound } from 'next/navigation';
import { isAppError } from '@/lib/errors/app-error';

/**
 * A detail page's lookup: when the service answers 404 (missing, or another account's, which
 * looks the same) the page renders Next's not-found page; any other failure stays an error.
 */
export async function orNotFound<T>(lookup: Promise<T>): Promise<T> {
  try {
    return await lookup;
  } catch (error) {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  }
}
