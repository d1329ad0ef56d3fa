export declare const outputUrl: URL;
export declare function renderVillageData(): Promise<import('../src/regions/village-data.js').VillageData>;
