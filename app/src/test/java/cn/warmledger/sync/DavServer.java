package cn.warmledger.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.authenticator.BasicAuthenticator;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.servlets.WebdavServlet;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.webresources.StandardRoot;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.apache.tomcat.util.descriptor.web.LoginConfig;
import org.apache.tomcat.util.descriptor.web.SecurityCollection;
import org.apache.tomcat.util.descriptor.web.SecurityConstraint;

/**
 * Tomcat's own WebDAV servlet, embedded on 127.0.0.1 with HTTP Basic auth and its resource cache off
 * (else it answers a stale 404 after MKCOL). A filter counts requests per method and can answer a
 * chosen status instead of the servlet, as a throttling 坚果云 or a busy Nextcloud would.
 */
final class DavServer implements AutoCloseable {
    static final String USER = "township";
    static final String PASSWORD = "app-password";
    final Path root;
    final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    /** Status to answer for a method (with {@link #faultBody}) instead of serving; 0 serves normally. */
    volatile ToIntFunction<String> fault = method -> 0;
    volatile String faultBody = "";
    private final Tomcat tomcat;
    private final int port;

    /** Tomcat's INFO lines (start, stop) would drown the test output; held here so the setting sticks. */
    private static final java.util.logging.Logger TOMCAT_LOG = java.util.logging.Logger.getLogger("org.apache");

    DavServer(Path base, int port) throws LifecycleException, IOException {
        TOMCAT_LOG.setLevel(java.util.logging.Level.WARNING);
        this.root = Files.createDirectories(base.resolve("dav-root"));
        tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createDirectories(base.resolve("tomcat")).toString());
        Connector connector = new Connector();
        connector.setPort(port);
        connector.setProperty("address", "127.0.0.1");
        tomcat.setConnector(connector);
        Context ctx = tomcat.addContext("", root.toString());
        StandardRoot resources = new StandardRoot(ctx);
        resources.setCachingAllowed(false);
        ctx.setResources(resources);
        org.apache.catalina.Wrapper servlet = Tomcat.addServlet(ctx, "webdav", new WebdavServlet());
        servlet.addInitParameter("readonly", "false");
        servlet.addInitParameter("listings", "true"); // PROPFIND answers 405 without it
        ctx.addServletMappingDecoded("/*", "webdav");

        FilterDef faults = new FilterDef();
        faults.setFilterName("faults");
        faults.setFilter(new Faults());
        ctx.addFilterDef(faults);
        FilterMap map = new FilterMap();
        map.setFilterName("faults");
        map.addURLPattern("/*");
        ctx.addFilterMap(map);

        LoginConfig login = new LoginConfig();
        login.setAuthMethod("BASIC");
        login.setRealmName("dav");
        ctx.setLoginConfig(login);
        ctx.getPipeline().addValve(new BasicAuthenticator());
        SecurityConstraint constraint = new SecurityConstraint();
        constraint.addAuthRole("dav");
        SecurityCollection all = new SecurityCollection();
        all.addPattern("/*");
        constraint.addCollection(all);
        ctx.addConstraint(constraint);
        ctx.addSecurityRole("dav");
        tomcat.addUser(USER, PASSWORD);
        tomcat.addRole(USER, "dav");
        tomcat.start();
        this.port = connector.getLocalPort();
    }

    int port() {
        return port;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    int count(String method) {
        return requests.getOrDefault(method, new AtomicInteger()).get();
    }

    @Override
    public void close() throws LifecycleException {
        tomcat.stop();
        tomcat.destroy();
    }

    private final class Faults implements Filter {
        @Override
        public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
                throws IOException, ServletException {
            String method = ((HttpServletRequest) req).getMethod();
            requests.computeIfAbsent(method, m -> new AtomicInteger()).incrementAndGet();
            int status = fault.applyAsInt(method);
            if (status != 0) {
                HttpServletResponse r = (HttpServletResponse) res;
                r.setStatus(status);
                r.setContentType("text/plain;charset=UTF-8");
                r.getWriter().write(faultBody);
                return;
            }
            chain.doFilter(req, res);
        }
    }
}
