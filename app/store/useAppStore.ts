import { useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState } from './app-state';
import type { AppStore } from './create-app-store';
import { AppStoreContext } from './AppStoreProvider';

/** The store itself, for actions and non-reactive reads in effects and event handlers. */
export function useAppStoreApi(): AppStore {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('app/store: useAppStore needs an <AppStoreProvider> above it');
  return store;
}

/** Reads a slice of state; pass a module-level selector (see selectors.ts). */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}
