/**
 * The first start-up step (src/main.tsx): importing this runs the chunk it lives in, React and react-dom, in a task
 * of its own. A named re-export, not the whole package, so the build still leaves out what the app never uses.
 */
export { createRoot } from 'react-dom/client';
