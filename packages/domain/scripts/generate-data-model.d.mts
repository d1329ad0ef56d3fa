export declare const outputUrl: URL;
export declare function renderDataModel(): Promise<string>;
