// Public exports of src/observations; filled in as the folder grows.
export {};
