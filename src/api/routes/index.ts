import type { RouteModule } from '../context.ts';
import { alertRoutes } from './alerts/route.ts';
import { coverageRoutes } from './coverage/route.ts';
import { exportRoutes } from './export/route.ts';
import { factRoutes } from './facts/route.ts';
import { partyRoutes } from './parties/route.ts';
import { planRoutes } from './plans/route.ts';
import { recordRoutes } from './records/route.ts';
import { reportRoutes } from './report/route.ts';
import { searchRoutes } from './search/route.ts';
import { sourceRoutes } from './sources/route.ts';
import { statusRoutes } from './status/route.ts';
import { targetRoutes } from './targets/route.ts';
import { tradeRoutes } from './trade/route.ts';
import { watchRoutes } from './watches/route.ts';

/** Every resource of the API, each mounted under /api. */
export const routeModules: RouteModule[] = [
  statusRoutes, searchRoutes, partyRoutes, recordRoutes, factRoutes, sourceRoutes, tradeRoutes, watchRoutes, alertRoutes, exportRoutes,
  targetRoutes, planRoutes, coverageRoutes, reportRoutes,
];
