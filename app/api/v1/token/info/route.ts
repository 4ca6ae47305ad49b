import { apiRoute } from '@/lib/api/route';

/** "Who am I": the client, account, wallet and scopes behind the Bearer token. */
export const GET = apiRoute({
  dialect: 'a55',
  scope: null,
  handler: async ({ actor }) => ({
    body: { client_id: actor.clientId, entity_uuid: actor.entityUuid, wallet_uuid: actor.walletUuid, scopes: actor.scopes },
  }),
});
