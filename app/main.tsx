import './zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadSampleCorpus } from './load-sample-corpus';
import { AppStoreProvider, createAppStore, startWorkspace } from './store';
import './styles.css';
import './overview.css';

const store = createAppStore();
const root = document.getElementById('root');
if (!root) throw new Error('app/main: no #root element in index.html');

createRoot(root).render(
  <StrictMode>
    <AppStoreProvider store={store}>
      <App />
    </AppStoreProvider>
  </StrictMode>,
);
void startWorkspace(store, loadSampleCorpus);
