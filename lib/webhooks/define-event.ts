import type { z } from 'zod';
import type { WebhookFormat } from '@/db/schema';

// A leaf module: every domain's `events.ts` imports it, so it imports nothing of theirs.

/** The domain object an event is about: its type (`wallet`, `charge`…) and id. Receivers read the type to route it. */
export interface EventSubject<Type extends string = string> {
  type: Type;
  id: string;
}

/** What a renderer sees: the stored event, its data already validated against the definition's schema. */
export interface RenderInput<Data> {
  eventUuid: string;
  occurredAt: Date;
  subject: EventSubject;
  data: Data;
}

/** Builds the JSON value one webhook format sends for an event (see `./payloads.ts` for the envelopes). */
export interface EventRenderer<Data> {
  // A method, not a function property: a definition of specific data still fits the catalogue's list.
  render(input: RenderInput<Data>): unknown;
}

export type EventRenderers<Data> = Partial<Record<WebhookFormat, EventRenderer<Data>>>;

/**
 * One event type, declared once by the domain that records it: its wire name, the human label the
 * dashboard and the API reference show, the type of object it is about, the schema of its stored
 * data, and one renderer per webhook format it can be sent in. An endpoint may subscribe to an
 * event only in a format the event renders (`./subscriptions.ts`).
 */
export interface EventDefinition<Type extends string = string, Subject extends string = string, Schema extends z.ZodType = z.ZodType> {
  type: Type;
  label: string;
  subject: Subject;
  data: Schema;
  renderers: EventRenderers<z.output<Schema>>;
}

/** Any event's definition, whatever its type, subject and data: what lists of events hold. */
export type AnyEventDefinition = EventDefinition;

/** What `recordEvent` takes for a definition: a subject of its declared type and data its schema accepts. */
export interface EventOccurrence<Definition extends AnyEventDefinition> {
  subject: EventSubject<Definition['subject']>;
  data: z.input<Definition['data']>;
}

/**
 * Declares an event. The renderers come second so that their data is typed by the schema given
 * first: a renderer reading a field the schema does not declare does not compile.
 */
export function defineEvent<const Type extends string, const Subject extends string, Schema extends z.ZodType>(
  declaration: Omit<EventDefinition<Type, Subject, Schema>, 'renderers'>,
  renderers: EventRenderers<z.output<Schema>>,
): EventDefinition<Type, Subject, Schema> {
  return { ...declaration, renderers };
}
