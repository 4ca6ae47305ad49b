import { isProductionApp } from '@/lib/env';
import { sandboxKycRoute } from './handler';

export const POST = sandboxKycRoute(isProductionApp);
