import { createContext, type ReactNode } from 'react';
import type { AppStore } from './create-app-store';

export const AppStoreContext = createContext<AppStore | null>(null);

/** Hands one store down the tree; components reach it through `useAppStore`. */
export function AppStoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <AppStoreContext value={store}>{children}</AppStoreContext>;
}
