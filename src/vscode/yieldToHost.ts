/** Lets the extension host's other work (timers, messages from the window) run before going on. */
export const yieldToHost = () => new Promise<void>((resolve) => setImmediate(resolve));
