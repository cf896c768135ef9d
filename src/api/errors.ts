/** An error the API answers with its status and `{"error": message}`. */
export class HttpError extends Error {
  constructor(readonly statusCode: number, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
    this.name = 'HttpError';
  }
}

export const badRequest = (message: string) => new HttpError(400, message);
export const notFound = (message: string) => new HttpError(404, message);

/** A schema validation failure as Fastify reports it (ajv-shaped issues from the zod type provider). */
export interface ValidationFailure {
  validation: { instancePath?: string; message?: string }[];
  validationContext?: string;
}

/** "querystring limit: Too small: expected number to be >=1": where and what, in one line. */
export function validationMessage(error: ValidationFailure): string {
  const where = error.validationContext ?? 'request';
  return error.validation
    .map((issue) => {
      const path = (issue.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
      return `${where}${path ? ` ${path}` : ''}: ${issue.message ?? 'invalid'}`;
    })
    .join('; ');
}
