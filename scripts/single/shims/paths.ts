/** `$app/paths` for the one-file export: everything is relative to the file itself. */
export const base = '';
export const assets = '';
export function resolve(path: string): string {
	return path.replace(/^\//, './');
}
export function asset(path: string): string {
	return path.replace(/^\//, './');
}
