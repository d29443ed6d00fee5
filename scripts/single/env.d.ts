declare module 'virtual:newsline-single-data' {
	const files: Record<string, unknown>;
	export default files;
}
