'use client';

import { useState } from 'react';
import { useForm, type FieldValues, type Path, type UseFormProps } from 'react-hook-form';
import type { ActionResult } from '@/lib/actions/run-action';

export interface ActionFormOptions<TValues extends FieldValues> {
  /**
   * Which form field an action's field path belongs to, or undefined for none. By default the
   * paths are the form's own (the form's values are the action's input).
   */
  fieldFor?: (field: string) => Path<TValues> | undefined;
}

/**
 * A react-hook-form form that submits through a server action: `submitAction(action(values))`
 * (or `submitAction(submitOnce(values, (key) => action(values, key)))` for a form that creates)
 * marks each field the action names (a schema failure or a domain rule's problems, such as an
 * invalid representative document) and keeps the action's message as the form-level error, so
 * the browser never repeats a server rule to highlight its field.
 */
export function useActionForm<TValues extends FieldValues, TTransformed = TValues>(
  props: UseFormProps<TValues, unknown, TTransformed>,
  { fieldFor = (field) => field as Path<TValues> }: ActionFormOptions<TValues> = {},
) {
  const form = useForm<TValues, unknown, TTransformed>(props);
  const [formError, setFormError] = useState<string | null>(null);

  // `null` passes through: useSubmitOnce's word for an answer this form has already shown.
  async function submitAction<R extends ActionResult<unknown> | null>(pending: Promise<R>): Promise<R> {
    setFormError(null);
    const result = await pending;
    if (result && !result.ok) {
      let first = true;
      for (const [field, message] of Object.entries(result.error.fields)) {
        const name = fieldFor(field);
        if (!name) continue;
        form.setError(name, { type: 'server', message }, { shouldFocus: first });
        first = false;
      }
      setFormError(result.error.message);
    }
    return result;
  }

  return { form, formError, setFormError, submitAction };
}
