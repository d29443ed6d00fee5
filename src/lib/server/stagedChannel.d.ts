// The types of stagedChannel.js (plain JavaScript, which svelte.config.js imports too).
export declare function announceStaged(folder: string): void;
export declare function onSiteStaged(onStaged: (folder: string) => void): () => void;
