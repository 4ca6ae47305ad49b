'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { buttonClass, secondaryButtonClass } from './field';

export interface Confirmation {
  /** The question, which names the dialog: "Deactivate this wallet?" */
  title: string;
  /** What happens, and what cannot be undone. */
  message: string;
  /** The button that goes ahead: "Deactivate wallet". */
  confirmLabel: string;
  /** A destructive step's button is red. */
  destructive?: boolean;
}

/**
 * Asks before a consequential step (deactivate, revoke, rotate, decide KYC). A modal `<dialog>`,
 * so focus stays inside it and Escape is the same as "Go back" (not "Cancel", which would read as
 * the step itself when the step is a cancellation).
 */
export function ConfirmDialog({ confirmation, onConfirm, onCancel }: { confirmation: Confirmation; onConfirm: () => void; onCancel: () => void }) {
  const t = useTranslations('common');
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="confirm-dialog-title"
      aria-describedby="confirm-dialog-message"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      className="m-auto w-full max-w-md rounded-lg p-6 text-left shadow-xl backdrop:bg-slate-900/50"
    >
      <h2 id="confirm-dialog-title" className="text-lg font-semibold">
        {confirmation.title}
      </h2>
      <p id="confirm-dialog-message" className="mt-2 text-sm text-slate-600">
        {confirmation.message}
      </p>
      <div className="mt-6 flex justify-end gap-2">
        <button type="button" className={secondaryButtonClass} onClick={onCancel}>
          {t('goBack')}
        </button>
        <button
          type="button"
          autoFocus
          className={confirmation.destructive ? `${buttonClass} bg-red-700 hover:bg-red-800` : buttonClass}
          onClick={onConfirm}
        >
          {confirmation.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
