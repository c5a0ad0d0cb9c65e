import type { PropsWithChildren } from 'react';
import './app.css';

// The pages are the children; app-wide state (session, elder mode, role) lives in device storage.
function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
