/** `<swv-map>`'s texts in Ukrainian. */
import type { MapTexts } from './map-texts-nl.js';

export const texts: MapTexts = {
  title: { po: 'Об’єднання початкових шкіл', vo: 'Об’єднання середніх шкіл' },
  help: 'Виберіть район на карті або у списку. З клавіатури: перейдіть до карти й натискайте стрілки. Виберіть клавішею Enter.',
  provinces: 'Виберіть провінцію',
  country: 'Усі Нідерланди',
  list: 'Показати списком',
  region: (title, places) => `${title}: ${places}`,
  shared: (place, names) => `Громада ${place} поділена між: ${names}. Виберіть за поштовим індексом.`,
  chosen: (title) => `Вибрано: ${title}.`,
  ask: (place) => `Громада ${place} поділена між кількома об’єднаннями. Який ваш поштовий індекс?`,
  postcode: 'Ваш поштовий індекс',
  show: 'Показати',
  credit: 'Карта: CBS, громади 2015 року (CC BY 4.0). Згруповано за об’єднаннями шкіл.',
  noMap: 'У цих даних немає карти.',
};
