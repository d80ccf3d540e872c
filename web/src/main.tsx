/**
 * The web app's entry: the query client, the router (`routes.tsx`), the
 * translations (`i18n/`), the design tokens.
 *
 * @module
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { i18n } from './i18n/index.js';
import { router } from './routes.js';
import { setNavigator } from './ui/navigate.js';
import './styles.css';

setNavigator((to) => void router.history.push(to));

const queryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>
  </StrictMode>,
);
