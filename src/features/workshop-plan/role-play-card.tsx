import type { RolePlayCard } from '../../content/workshop.ts';

/**
 * One role-play as two cards: the customer's and the staff member's. Both carry the scene; each carries only its
 * own brief, so the pair can be cut apart (printed two to a page, with a dashed cut line between them).
 */
export function RolePlayCardView({ card, number, lessonTitle }: { card: RolePlayCard; number: number; lessonTitle: string }) {
  const headingId = `role-play-${card.id}`;
  return (
    <article className="role-play" aria-labelledby={headingId}>
      <h3 id={headingId} className="role-play__title">
        Role-play {number}: {card.title}
      </h3>
      <RoleCard who="Customer" title={card.title} scene={card.scenario} brief={card.customer} lessonTitle={lessonTitle} />
      <RoleCard who="Staff member" title={card.title} scene={card.scenario} brief={card.staff} lessonTitle={lessonTitle} />
    </article>
  );
}

function RoleCard({ who, title, scene, brief, lessonTitle }: { who: string; title: string; scene: string; brief: string; lessonTitle: string }) {
  return (
    <div className={`role-card role-card--${who === 'Customer' ? 'customer' : 'staff'}`}>
      {/* Once cut apart, each card still says which role-play it belongs to. */}
      <p className="role-card__eyebrow print-only" aria-hidden="true">
        {lessonTitle} · {title}
      </p>
      <h4 className="role-card__role">{who}’s card</h4>
      <p>
        <strong>The scene.</strong> {scene}
      </p>
      <p>
        <strong>Your brief.</strong> {brief}
      </p>
    </div>
  );
}
