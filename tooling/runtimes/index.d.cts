/** A runtime found on this machine, or why it cannot run here. */
export type Runtime = { command: string; version: string; missing?: undefined } | { missing: string; command?: undefined; version?: undefined };
export declare function bun(): Runtime;
export declare function deno(): Runtime;
export declare function workerd(): Runtime;
export declare function nodeLts(): Runtime;
export declare function nodeCurrent(): Runtime;
export declare function chromium(): Runtime;
export declare const CHROMIUM_ARGS: readonly string[];
export declare function verdaccioBin(): string;
export declare function esbuild(): typeof import("esbuild");
export declare function playwrightChromium(): typeof import("playwright-core").chromium;
export declare function verdaccio(): { runServer(config: string): Promise<import("node:http").Server> };
