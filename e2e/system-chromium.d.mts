export declare const SYSTEM_CHROMIUM_PATHS: readonly string[];
export declare function findSystemChromium(exists?: (path: string) => boolean): string | undefined;
