import {
  Children,
  createContext,
  isValidElement,
  startTransition,
  useCallback,
  useContext,
  useMemo,
  useState,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
} from 'react';

/**
 * The renderer's routes, in memory: a desktop window has no address bar, and the browser
 * host's URL fragment carries the launch secret. The app has a fixed table of plain paths
 * (no parameters, one layout, a catch-all), so this small router replaces react-router:
 * 89 KB of the ≈ 205 KB the first screen evaluated beyond a minimal React page
 * (bench:renderer). Same names and props as react-router's for what the app uses.
 */

interface Router {
  pathname: string;
  navigate: (to: string) => Promise<void>;
}

const RouterContext = createContext<Router | null>(null);
const OutletContext = createContext<ReactNode>(null);

function useRouter(): Router {
  const router = useContext(RouterContext);
  if (router === null) throw new Error('A link or route is outside <MemoryRouter>.');
  return router;
}

/** Holds the current path; a navigation is a transition, as in react-router (the old screen stays until a lazy one is ready). */
export function MemoryRouter({ initialEntries, children }: { initialEntries?: string[]; children: ReactNode }) {
  const [pathname, setPathname] = useState(() => initialEntries?.[0] ?? '/');
  const navigate = useCallback((to: string) => {
    startTransition(() => setPathname(to));
    return Promise.resolve();
  }, []);
  const router = useMemo(() => ({ pathname, navigate }), [pathname, navigate]);
  return <RouterContext.Provider value={router}>{children}</RouterContext.Provider>;
}

/** Where the app is: `{ pathname }`. */
export function useLocation(): { pathname: string } {
  return { pathname: useRouter().pathname };
}

/** Goes to a path: `navigate('/codes')`. */
export function useNavigate(): (to: string) => Promise<void> {
  return useRouter().navigate;
}

export interface RouteProps {
  /** Relative to the parent route ("codes/add") or absolute ("/codes"); "*" for any path. */
  path?: string;
  /** The parent's own path. */
  index?: boolean;
  element: ReactNode;
  /** Child routes, rendered in the element's `<Outlet />` (a layout). */
  children?: ReactNode;
}

/** A row of the route table; `<Routes>` reads it, it renders nothing itself. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- its props are the table's row, read by <Routes>.
export function Route(_props: RouteProps): ReactNode {
  return null;
}

function routesOf(children: ReactNode): RouteProps[] {
  return Children.toArray(children)
    .filter((child): child is ReactElement<RouteProps> => isValidElement(child) && child.type === Route)
    .map((child) => child.props);
}

function join(parent: string, path: string): string {
  if (path.startsWith('/')) return path;
  return parent.endsWith('/') ? `${parent}${path}` : `${parent}/${path}`;
}

/** The element for `pathname`, with its layouts around it; exact paths before "*". */
function match(routes: RouteProps[], pathname: string, parent: string, splat: boolean): ReactNode | undefined {
  for (const route of routes) {
    const here = route.path === undefined ? parent : join(parent, route.path);
    if (route.children !== undefined) {
      const inner = match(routesOf(route.children), pathname, here, splat);
      if (inner !== undefined) return <OutletContext.Provider value={inner}>{route.element}</OutletContext.Provider>;
      continue;
    }
    const found = splat
      ? route.path === '*'
      : route.path !== '*' && (route.index === true || route.path !== undefined) && here === pathname;
    if (found) return route.element;
  }
  return undefined;
}

/** Renders the route that matches the current path (nothing when none does). */
export function Routes({ children }: { children: ReactNode }) {
  const { pathname } = useRouter();
  const routes = routesOf(children);
  return match(routes, pathname, '/', false) ?? match(routes, pathname, '/', true) ?? null;
}

/** Where a layout route shows the matched child route. */
export function Outlet() {
  return useContext(OutletContext);
}

function useFollow(to: string): (event: MouseEvent<HTMLAnchorElement>) => void {
  const { navigate } = useRouter();
  return (event) => {
    // A modified or non-primary click keeps the browser's own meaning.
    if (event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    void navigate(to);
  };
}

interface LinkProps {
  to: string;
  children: ReactNode;
}

/** A link to a path in the app. */
export function Link({ to, children }: LinkProps) {
  return (
    <a href={to} onClick={useFollow(to)}>
      {children}
    </a>
  );
}

/**
 * A navigation link: `aria-current="page"` and the class `active` on the current path's
 * (`end`: only that path; otherwise its sub-paths too).
 */
export function NavLink({ to, end = false, children }: LinkProps & { end?: boolean }) {
  const { pathname } = useRouter();
  const follow = useFollow(to);
  const active = pathname === to || (!end && pathname.startsWith(to.endsWith('/') ? to : `${to}/`));
  return (
    <a href={to} onClick={follow} className={active ? 'active' : undefined} aria-current={active ? 'page' : undefined}>
      {children}
    </a>
  );
}
