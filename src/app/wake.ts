/**
 * Start-up steps (src/main.tsx): importing one of these runs the chunk it lives in (React and react-dom; the router
 * and the store library) in a task of its own. Named re-exports, not whole packages, so the build still leaves out
 * what the app never uses.
 */
export { createRoot } from 'react-dom/client';
