/** See `files-without-model.js`: the content files the dataset needs that gave no model. */
export declare function filesWithoutModel(files: ReadonlyArray<{ path: string; model: unknown }>): string[]
