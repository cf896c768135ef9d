/** V8 flags every imon process runs with (see v8-flags.js for each one's reason). */
export declare const V8_FLAGS: readonly string[];
/** Sets V8_FLAGS in this process; call it while the process has no other thread. */
export declare function applyV8Flags(): void;
