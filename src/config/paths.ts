/** Every URL of the app in one place; trainers deep-link to these, so they are part of the interface. */
export const paths = {
  home: () => '/',
  lesson: (lessonId: string) => `/lessons/${lessonId}`,
  quiz: (quizId: string) => `/quizzes/${quizId}`,
  attempt: (quizId: string, attemptId: string) => `/quizzes/${quizId}/attempts/${attemptId}`,
  progress: () => '/progress',
  certificate: () => '/certificate',
  present: (lessonId: string, slide: number) => `/present/${lessonId}/${slide}`,
  presenter: (lessonId: string, slide: number) => `/presenter/${lessonId}/${slide}`,
  workshopQuiz: (lessonId: string, question: number) => `/present/${lessonId}/quiz/${question}`,
  workshop: () => '/workshop',
  workshopMaterials: (lessonId: string) => `/workshop/${lessonId}`,
  /** A phone joins a live workshop here; the QR code adds `?room=CODE`. */
  join: (room?: string) => (room ? `/join?room=${room}` : '/join'),
} as const;
