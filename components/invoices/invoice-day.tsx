import { formatIsoDate } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';

/** A closing or due date (a calendar day) as the reader writes it, machine-readable in `dateTime`. */
export function InvoiceDay({ day }: { day: string }) {
  const { locale } = useFormatting();
  return <time dateTime={day}>{formatIsoDate(day, locale)}</time>;
}
