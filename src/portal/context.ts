import { createContext } from '@lit/context';
import type { Portal } from './portal.js';

/** The context `<tc-portal>` provides to the tags inside it. A string key, so two copies of the SDK on one page still meet. */
export const portalContext = createContext<Portal>('tradecounter-portal');
