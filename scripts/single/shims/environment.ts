/** `$app/environment` for the one-file export. */
export const browser = true;
export const dev = false;
export const building = false;
export const version = 'single';
