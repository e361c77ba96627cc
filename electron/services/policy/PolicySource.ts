/** A value that was ignored, or a source that could not be read: said, never fatal. */
export interface PolicyWarning {
  /** The setting's name as the source spells it; null when the whole source is at fault. */
  key: string | null;
  /** Where it came from: a file path, a registry key, or "user settings". */
  source: string;
  /** Why it was ignored, in words for IT. */
  reason: string;
}

/** What one source holds: raw values by name (checked later against the schema) and its own warnings. */
export interface PolicyLayer {
  source: string;
  values: Record<string, unknown>;
  warnings: PolicyWarning[];
}

/**
 * One place machine policy comes from (the registry, a managed-preferences plist, a JSON
 * file). `read` never throws: an unreadable source is an empty layer with a warning.
 */
export interface PolicySource {
  /** How `deskid policy show` and the About page name it. */
  name: string;
  /** The file behind it, which is watched for changes; none for the registry (read again on a timer). */
  file?: string;
  read(): PolicyLayer;
}

/** A source with nothing in it (the file or key does not exist): not a warning, the defaults hold. */
export function emptyLayer(source: string, warnings: PolicyWarning[] = []): PolicyLayer {
  return { source, values: {}, warnings };
}

/** The message of whatever was thrown. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
