import type { PropsWithChildren } from 'react';
import { openLoginFirst } from './device/first-page';
import './app.css';

// Runs as the H5 entry loads, before Taro's router opens the first page.
if (process.env.TARO_ENV === 'h5') openLoginFirst(window.location, window.history);

// The pages are the children; app-wide state (session, elder mode, role) lives in device storage.
function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
