/** A problem in one seed file, located to the line, with what was expected. */
export class SeedError extends Error {
	readonly file: string;
	readonly line: number;
	/** What was wrong, without the location. */
	readonly detail: string;
	constructor(file: string, line: number, message: string) {
		// line 0: the problem concerns the whole file or folder
		super(line > 0 ? `${file}:${line}: ${message}` : `${file}: ${message}`);
		this.name = 'SeedError';
		this.file = file;
		this.line = line;
		this.detail = message;
	}
}

/** Every problem found in a folder of seeds, so the build can list them all at once. */
export class SeedErrors extends Error {
	readonly errors: SeedError[];
	constructor(errors: SeedError[]) {
		super(
			`${errors.length} problem${errors.length === 1 ? '' : 's'} in the seeds:\n` +
				errors.map((e) => `  ${e.message}`).join('\n')
		);
		this.name = 'SeedErrors';
		this.errors = errors;
	}
}
