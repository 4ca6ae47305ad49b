import en from '@/messages/en.json';
import esMX from '@/messages/es-MX.json';
import ptBR from '@/messages/pt-BR.json';
import type { Locale } from './locales';

export type Messages = typeof en;

/** The dashboard's messages in each language; the unit test keeps their keys identical. */
export const MESSAGES: Record<Locale, Messages> = { en, 'es-MX': esMX, 'pt-BR': ptBR };
