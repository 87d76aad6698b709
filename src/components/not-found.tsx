import { Link } from 'react-router';
import { paths } from '../config/paths.ts';

export function NotFound({ what = 'page' }: { what?: string }) {
  return (
    <div className="page page--narrow">
      <title>Page not found · Frontline</title>
      <h1>Page not found</h1>
      <p>We couldn’t find that {what}. The link may be mistyped, or the {what} may have moved.</p>
      <p>
        <Link to={paths.home()}>Go to the course home</Link>
      </p>
    </div>
  );
}
