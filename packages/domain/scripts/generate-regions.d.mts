export declare const outputUrl: URL;
export declare function renderRegionsModule(): Promise<string>;
