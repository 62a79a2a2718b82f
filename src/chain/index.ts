// Public exports of src/chain; filled in as the folder grows.
export {};
