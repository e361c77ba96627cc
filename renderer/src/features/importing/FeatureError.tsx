import { useDescribeFeatureError } from './useDescribeFeatureError';

/**
 * A feature action's failure in the feature's own words (`role="alert"`, an empty live
 * region when there is none, so the next failure is announced too).
 */
export function FeatureError({
  error,
  feature,
  id,
}: {
  error: unknown;
  feature: 'adding' | 'importing' | 'exporting';
  /** For the field the failure is about (`aria-describedby`). */
  id?: string;
}) {
  const describe = useDescribeFeatureError(feature);
  return (
    <div className="form-error" role="alert" id={id}>
      {error === undefined || error === null ? null : <p>{describe(error)}</p>}
    </div>
  );
}
