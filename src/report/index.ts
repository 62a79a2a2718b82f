// Public exports of src/report; filled in as the folder grows.
export {};
