// Public exports of src/scoring; filled in as the folder grows.
export {};
