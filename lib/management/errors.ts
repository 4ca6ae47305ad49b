import { AppError } from '@/lib/errors/app-error';
import { walletErrors } from '@/lib/wallets/errors';

/**
 * The management API's own errors, in A55 terms. An account or merchant that does not exist
 * answers the wallet family's 404s (`errors.entity.not_found`, `errors.merchant.not_found`), so an
 * integration reads one code for one meaning across the API.
 */
export const managementErrors = {
  accountNotFound: walletErrors.entityNotFound,
  merchantNotFound: walletErrors.merchantNotFound,
  entityTaken: () =>
    new AppError({
      status: 409,
      code: 'errors.entity.already_exists',
      error: 'validation_error',
      message: 'An account with this entity_uuid already exists',
      translation: 'Já existe uma conta com este entity_uuid',
      problems: [{ field: 'entity_uuid', issue: 'An account with this entity_uuid already exists', translation: 'Já existe uma conta com este entity_uuid' }],
    }),
  merchantTaken: (field: string) =>
    new AppError({
      status: 409,
      code: 'errors.merchant.already_exists',
      error: 'validation_error',
      message: 'A merchant with this merchant_uuid already exists',
      translation: 'Já existe um lojista com este merchant_uuid',
      problems: [{ field, issue: 'A merchant with this merchant_uuid already exists', translation: 'Já existe um lojista com este merchant_uuid' }],
    }),
  /**
   * The platform's own account holds the operators' logins and the only credentials that may
   * manage accounts: suspending it would lock every operator out, and a member or merchant added
   * to it through here would sit beside them, so management changes only merchant accounts.
   */
  platformAccount: () =>
    new AppError({
      status: 409,
      code: 'errors.entity.platform_account',
      error: 'validation_error',
      message: "The platform's own account cannot be changed through account management",
      translation: 'A conta da própria plataforma não pode ser alterada pela gestão de contas',
    }),
};
