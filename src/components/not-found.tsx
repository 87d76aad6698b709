import { Link } from 'react-router';
import { paths } from '../config/paths.ts';
import { course } from '../content/course.ts';
import { support } from '../content/brand.ts';

/** "Page not found"; `detail` says more when the route knows what was missing (a question number out of range). */
export function NotFound({ what = 'page', detail }: { what?: string; detail?: string }) {
  return (
    <div className="page page--narrow">
      <title>{`Page not found · ${course.title}`}</title>
      <h1>Page not found</h1>
      <p>{detail ?? `We couldn’t find that ${what}. The link may be mistyped, or the ${what} may have moved.`}</p>
      <p>
        <Link to={paths.home()}>Go to the course home</Link>
      </p>
      {support ? <p>Need help? Contact {support}.</p> : null}
    </div>
  );
}
